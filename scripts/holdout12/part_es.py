from common import *  # part es: written blind

# ---------------------------------------------------------------- requests

add("es-01-borren-ya", "nachete88@correo.example", "baja",
    "borren mi cuenta de lingo ya, no la uso\n",
    R(["Erasure"], "nachete88@correo.example"))

add("es-02-che-pasame-todo", "Facundo Ibarra <facu.ibarra@mail-ar.example>", "Consulta por mis datos",
    """Hola, ¿qué tal?

Hace como tres años que uso Lingo para practicar inglés con los tutores y la verdad que nunca me puse a pensar en todo lo que ustedes guardan. Ahora me entró la duda: ¿me pasás todo lo que tengan mío? Grabaciones de las clases, los resultados de los test de nivel, los datos de la tarjeta, lo que sea. Quiero verlo todo junto, en un archivo o como les quede cómodo.

Desde ya, muchas gracias.
Facundo Ibarra
Rosario, Santa Fe
""",
    R(["Access"], "facu.ibarra@mail-ar.example", "Facundo", "Ibarra"))

add("es-03-ya-no-me-marquen", "Guadalupe Herrera Sánchez <lupita.herrera@correo-mx.example>", "Ya no me marquen por favor",
    """Buenas tardes,

¿Me podrían apoyar con lo siguiente? Desde que me inscribí a AeroPlus me están marcando casi diario de parte de sus socios, que si la tarjeta de crédito con doble de millas, que si el seguro de viaje, que si la renta de autos. Ya me tienen harta, la neta.

No quiero cancelar mi cuenta de viajero frecuente porque tengo muchas millas acumuladas, nada más quiero que dejen de pasarle mi número a los socios y que ya no me ofrezcan nada por teléfono ni por WhatsApp.

Quedo atenta, gracias.
Lupita Herrera Sánchez
Socia AeroPlus 7730 1198 42
Guadalajara, Jal.
""",
    R(["Opposition"], "lupita.herrera@correo-mx.example", "Guadalupe", "Herrera Sánchez"))

add("es-04-foto-der-dni", "Rocío Moreno <rocio.mc@correo.example>", "la foto der DNI",
    """Buenas, mirad, cuando me apunté al Cava Club me pedisteis la foto del DNI pa lo de comprobar que soy mayor de edad, vale, ya está comprobao, tengo 34 tacos. Pues ahora quiero que esa foto la quitéis de en medio, que no me hace ninguna gracia que esté por ahí guardá en vuestros servidores. El club lo sigo queriendo, eh, que el tinto de la última caja estaba de lujo.

Un saludo desde Cádiz
Rocío Moreno Cabello
""",
    R(["Erasure"], "rocio.mc@correo.example", "Rocío", "Moreno Cabello"))

add("es-05-acceso-portabilidad-formal", "Ignacio Castro Villalobos <ignacio.castro.v@correo.example>",
    "Ejercicio de los derechos de acceso y portabilidad (arts. 15 y 20 RGPD)",
    """A la atención del Delegado de Protección de Datos de AeroPlus

D. Ignacio Castro Villalobos, mayor de edad, con DNI 12345678-Z y domicilio a efectos de notificaciones en calle Alfonso I, 14, 3.º B, 50003 Zaragoza, titular de la tarjeta AeroPlus n.º AP-5567102, por medio del presente escrito EJERCITA:

1) El derecho reconocido en el artículo 15 del Reglamento (UE) 2016/679, solicitando confirmación de si se están tratando datos personales que le conciernen y, en tal caso, que se le entreguen los mismos junto con la indicación de los fines, destinatarios y plazo de conservación.

2) El derecho previsto en el artículo 20 del citado Reglamento respecto del historial de vuelos, de las millas acumuladas y de las preferencias de viaje, que deberán entregarse en un formato estructurado, de uso común y lectura mecánica (CSV o JSON).

Se ruega que la respuesta se remita a esta misma dirección de correo electrónico dentro del plazo de un mes previsto en el artículo 12.3 RGPD.

En Zaragoza, a 14 de noviembre de 2026.

Fdo.: Ignacio Castro Villalobos
""",
    R(["Access", "Portability"], "ignacio.castro.v@correo.example", "Ignacio", "Castro Villalobos"))

add("es-06-basta-ya", "FRANCISCO JIMENEZ <pacojimenez1961@correo.example>", "BASTA YA DE CORREOS",
    """LLEVO TRES SEMANAS DICIENDOLES QUE NO QUIERO MAS PUBLICIDAD DE VINOS NI DE CATAS NI DE NADA. QUITENME DE SUS LISTAS DE UNA VEZ. NO ME HAGAN IR A CONSUMO.
FRANCISCO JIMENEZ
""",
    R(["Opposition"], "pacojimenez1961@correo.example", "Francisco", "Jimenez"))

add("es-07-certificado-b2-html", "Lucía Núñez Prieto <lucia.nunez@correo.example>", "Error en mi certificado de nivel B2",
    html("Hola:",
         "Acabo de descargar el certificado de nivel oral <b>B2</b> que emite Lingo y mi nombre sale como «Lucia Nunez Pietro». "
         "Lo necesito para presentarlo en una oposición, así que os pido que arregléis el nombre en mi perfil y que volváis a "
         "emitir el certificado con los datos bien escritos: <b>Lucía Núñez Prieto</b>.",
         "Gracias de antemano,<br>Lucía"),
    R(["Rectification"], "lucia.nunez@correo.example", "Lucía", "Núñez Prieto"), ct=HTML)

add("es-08-millas-congelar-latin1", "Óscar Peña Ibáñez <opena@correo.example>", "Millas en disputa: no toquen nada mientras tanto",
    """Buenos días:

Hace dos meses reclamé que en mi cuenta AeroPlus aparecen tres vuelos Madrid-Lisboa que yo no he hecho (alguien los ha acreditado con mi número de socio) y que por eso me han cambiado de nivel y me mandan ofertas para Portugal.

Mientras lo investigan, pido que esos datos queden bloqueados: que no se usen para calcular mi nivel, ni para publicidad, ni se pasen a ningún socio. No quiero que los borren todavía, porque los necesito como prueba para la reclamación.

Atentamente,
Óscar Peña Ibáñez
Socio n.º 5501-882-19
""",
    R(["Restriction"], "opena@correo.example", "Óscar", "Peña Ibáñez"), ct=LATIN1, encode="latin-1")

add("es-09-indignada-tutores", "Verónica Ledesma <vero.ledesma@correo.example>", "Pésimo servicio, estoy indignada",
    """Hola,

Les escribo porque ya no sé a quién más escribir. Contraté el plan anual de Lingo en septiembre, 189 euros, con la promesa de "tutores nativos disponibles 24/7". La primera semana bien. La segunda, el tutor no se presentó dos veces. La tercera me cambiaron de tutor sin avisar y la nueva no sabía en qué nivel estaba yo, así que repetimos la lección 4 tres veces. He abierto cuatro tickets. El chat me contesta un robot que me manda al centro de ayuda. El centro de ayuda me manda al chat.

Y ya que estamos: me gustaría que alguien me explicara a qué empresas les pasan mis datos, porque desde que me registré me llegan correos de una academia de idiomas de Valencia que no conozco de nada y de una agencia de viajes de estudios. ¿Les venden la base de datos, o cómo funciona?

Lo del reembolso lo voy a llevar a la OCU si no me contestan esta semana. Tres clases perdidas, más de 20 euros tirados, y ni una disculpa.

Verónica Ledesma Arias
""",
    R(["Information"], "vero.ledesma@correo.example", "Verónica", "Ledesma Arias"))

add("es-10-nota-oral-algoritmo", "Sergio Alcántara Ruiz <salcantara@correo.example>", "Quiero que una persona revise mi examen oral",
    """Hola.

Hice el examen de nivel oral de Lingo el martes y me han dado un A2. Llevo diez años viviendo en Dublín y trabajo en inglés a diario, así que algo ha fallado. Por lo que pone en vuestra web, la nota la calcula un sistema automático que analiza la grabación.

No estoy conforme con esa calificación: solicito que una persona de carne y hueso escuche la grabación y revise la nota, y que me expliquéis en qué se ha basado el sistema para ponerme ese nivel. El certificado me lo exigen en la empresa para una promoción.

Sergio Alcántara Ruiz
""",
    R(["AutomatedDecision"], "salcantara@correo.example", "Sergio", "Alcántara Ruiz"))

add("es-11-reenvio-baja-club", "Marta Vidal <marta.vidal@acme-corp.example>", "RV: Darme de baja del club",
    """Hola, equipo:

Os reenvío este correo que ha entrado por atención al socio del Cava Club. Creo que es para vosotros porque pide que lo quitemos todo. Yo ya le he dicho que lo pasamos a privacidad.

Marta Vidal
Atención al Socio · Cava Club

---------- Mensaje reenviado ---------
De: Julián Morales Esteban <julianme@correo.example>
Fecha: dom, 15 nov 2026 a las 19:42
Asunto: Darme de baja del club
Para: <socios@acme-corp.example>

Buenas tardes, me mudo a Noruega y allí no me podéis mandar vino. Quiero darme de baja y que eliminéis mi ficha completa, incluida la tarjeta y las direcciones de entrega. No quiero que quede rastro mío en vuestro sistema.

Julián Morales Esteban
""",
    R(["Erasure"], "julianme@correo.example", "Julián", "Morales Esteban"))

add("es-12-adjunto-socia-platinum", "Iker Goikoetxea <iker.goikoetxea@acme-corp.example>", "FW: ¿Qué hacéis con mis datos?", "",
    R(["Access", "Opposition"], "nerea.arrieta@correo.example", "Nerea", "Arrieta Zubizarreta"),
    note="""Hola, os lo paso adjunto: es una socia Platinum y pregunta cosas de privacidad, mejor que le contestéis vosotros.

Iker
AeroPlus Customer Care · Bilbao
""",
    attached=("Nerea Arrieta Zubizarreta <nerea.arrieta@correo.example>", "¿Qué hacéis con mis datos?",
              """Kaixo,

Soy socia AeroPlus desde hace doce años. Quiero que me mandéis un extracto de toda la información personal que tenéis sobre mí: vuelos, salas, preferencias de asiento y comida, lo que hayáis anotado.

Y otra cosa: no quiero que sigáis compartiendo mis datos con los hoteles y las empresas de alquiler de coches asociadas. Eso se acabó.

Eskerrik asko,
Nerea Arrieta Zubizarreta
"""))

add("es-13-correo-familia-replyto", "Familia Roldán Gil <familiaroldan@correo.example>", "Ofertas personalizadas",
    """Hola,

Os escribo desde el correo de casa, pero contestadme a mi dirección personal, por favor. Tengo cuenta en Lingo y me salen "recomendaciones personalizadas" y anuncios de cursos según lo que hago en la app, además de correos de empresas colaboradoras. No quiero que me hagáis perfiles ni que uséis mi actividad para publicidad. Me opongo a todo eso.

Paula Roldán Gil
""",
    R(["Opposition"], "paula.roldan.gil@correo.example", "Paula", "Roldán Gil"),
    headers=["Reply-To: Paula Roldán <paula.roldan.gil@correo.example>"])

add("es-14-madre-grabaciones-hijo", "Beatriz Ortega Luna <bortega.luna@correo.example>", "Grabaciones de las clases de mi hijo",
    """Buenas tardes,

Soy la madre de Mateo Sanz Ortega, de 14 años, que desde septiembre da clases de inglés por videollamada con vuestros tutores de Lingo (la suscripción la pago yo, pero el alumno es él).

Me he enterado de que las sesiones se graban. No di permiso expreso para eso y no quiero que existan vídeos de mi hijo circulando: solicito que destruyáis todas las grabaciones y las transcripciones de sus clases. La suscripción puede seguir activa.

Si necesitáis el libro de familia, os lo mando.

Beatriz Ortega Luna
""",
    R(["Erasure"], "bortega.luna@correo.example", "Mateo", "Sanz Ortega", representative="Beatriz Ortega Luna"))

add("es-15-testamento-digital", "Amparo Belda Ferrer <amparo.belda@correo.example>", "Testamento digital - cuenta AeroPlus",
    """Muy señores míos:

Tengo 78 años y estoy poniendo en orden mis cosas. He leído que la Ley Orgánica 3/2018 (lo que llaman "testamento digital") permite dejar instrucciones sobre qué hacer con los datos de una persona cuando fallece.

Quiero dejar constancia ante ustedes de que, cuando yo falte, mi sobrino Vicente Belda Soler será la única persona autorizada para decidir sobre mi cuenta AeroPlus: que pueda pedir el traspaso de mis millas si es posible y, después, que se cierre y se borre todo.

¿Qué tengo que hacer para que esto quede anotado en su sistema? Les agradecería que me lo indicaran.

Atentamente,
Amparo Belda Ferrer
Socia AeroPlus desde 1994
""",
    R(["AdvanceDirectives"], "amparo.belda@correo.example", "Amparo", "Belda Ferrer"))

add("es-16-caja-noviembre", "tere.campos@correo.example", "Caja de noviembre",
    """Hola, no me ha llegado la caja de noviembre y en el seguimiento pone entregado desde el jueves. Pedido CC-204418. Podéis mirar qué pasa? Gracias, Tere
""",
    R(["Unknown"], "tere.campos@correo.example", "Tere", None))

add("es-17-verificacion-edad-preguntas", "Alberto Quiroga <aquiroga@correo.example>", "Pregunta antes de hacerme socio",
    """Hola, antes de apuntarme al Cava Club quería preguntar un par de cosas sobre la verificación de edad: ¿la hacéis vosotros o una empresa externa? ¿Se guarda la foto del DNI o solo el resultado? ¿Durante cuánto tiempo? Y si es una empresa de fuera, ¿está en la UE? No me gusta ir dejando el DNI por ahí.

Gracias.
Alberto Quiroga
""",
    R(["Information"], "aquiroga@correo.example", "Alberto", "Quiroga"))

add("es-18-no-borrar-solo-fecha", "Carmen Lozano Díaz <carmenlozanod@correo.example>", "Fecha de nacimiento mal",
    """Hola!! Tranquilos que no me quiero dar de baja ni que me borréis nada 😅 solo que en mi perfil de Lingo pone que nací el 03/11/1999 y es el 11/03/1999, creo que se lió al pasar de la app vieja a la nueva. Me felicitáis el cumple en noviembre jajaja. ¿Me lo cambiáis?

Carmen
""",
    R(["Rectification"], "carmenlozanod@correo.example", "Carmen", "Lozano Díaz"))

add("es-19-abogado-sala-vip", "Fernando Salvatierra Mena <fsalvatierra@salvatierra-abogados.example>",
    "Solicitud en nombre de D.ª Inmaculada Roca Bernal - art. 15 RGPD",
    """Estimados señores:

Me dirijo a ustedes en nombre y representación de mi clienta, D.ª Inmaculada Roca Bernal, con DNI 44556677-K, socia del programa AeroPlus, según poder que se adjunta.

En relación con el incidente ocurrido el pasado 2 de octubre en la sala VIP de la terminal 4 del aeropuerto de Madrid-Barajas, en la que se denegó la entrada a mi representada, solicitamos, al amparo del artículo 15 del RGPD, que se nos facilite la totalidad de los datos personales de mi clienta que obren en su poder, incluidos los registros de entrada a salas, las anotaciones internas del personal y cualquier comunicación relativa a dicho incidente.

Quedamos a la espera de su respuesta en el plazo legalmente establecido.

Atentamente,

Fernando Salvatierra Mena
Abogado · Colegiado n.º 98.112 ICAM
Salvatierra Abogados, S.L.P.
Tel. +34 910 000 123

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y proceda a su eliminación.
""",
    R(["Access"], "fsalvatierra@salvatierra-abogados.example", "Inmaculada", "Roca Bernal",
      representative="Fernando Salvatierra Mena"))

add("es-20-sacarme-lista", "Yeni <yeni.gp23@correo.example>", "sacarme d la lista",
    "hola kiero q me saquen d la lista de correos de cava club y tanbien q no me llamen mas x telefono q yo nunca pedi nada de eso gracias\n",
    R(["Opposition"], "yeni.gp23@correo.example", "Yeni", None))

add("es-21-pedidos-cp1252", "Gonzalo Ybarra Mendieta <gybarra@correo.example>", "Solicitud – Cava Club",
    """Buenas tardes:

Desde enero me cobran 59,90 € al mes por la “Selección Reserva” y quiero revisar con calma qué tienen registrado de mí: pedidos, direcciones, la tarjeta (al menos los últimos dígitos), las valoraciones de las catas y lo que sea que guarden. Les pido que me remitan todo eso completo – en PDF me vale.

Saludos,
Gonzalo Ybarra Mendieta
""",
    R(["Access"], "gybarra@correo.example", "Gonzalo", "Ybarra Mendieta"), ct=CP1252, encode="cp1252")

add("es-22-exportar-progreso", "Álvaro Pizarro <alvaro.pizarro@correo.example>", "Exportar mi progreso",
    """Buenas, me paso a otra app de idiomas (nada personal, es que en el curro nos pagan la otra). ¿Me podéis dar mis listas de vocabulario, el historial de lecciones y las notas de las clases con los tutores en un fichero que pueda importar, tipo CSV o JSON? Si se lo podéis mandar directamente a la otra empresa, mejor aún.

Saludos, Álvaro Pizarro
""",
    R(["Portability"], "alvaro.pizarro@correo.example", "Álvaro", "Pizarro"))

add("es-23-cancelar-tarjeta-ofertas", "Begoña Urrutia <b.urrutia@correo.example>", "Cancelación tarjeta AeroPlus",
    """Hola,

Por favor, den de baja mi tarjeta de viajero frecuente y eliminen mis datos del programa, que ya no vuelo con ustedes. Y mientras tramitan la baja, que no me llegue ni un correo más de ofertas, que recibo tres por semana.

Un saludo,
Begoña Urrutia Lasa
N.º socio AP-30917744
""",
    R(["Erasure", "Opposition"], "b.urrutia@correo.example", "Begoña", "Urrutia Lasa"))

add("es-24-doctora-transferencias", "Dra. Elena Cifuentes Vera <ecifuentes@hospital-sur.example>",
    "Transferencias internacionales de las videollamadas",
    """Buenos días:

Soy alumna de Lingo (plan Business que paga mi hospital, pero la cuenta es personal). Los tutores con los que hablo están en Filipinas, Sudáfrica y Colombia. Me gustaría saber dónde se almacenan las grabaciones de las sesiones, si salen del Espacio Económico Europeo y con qué garantías (cláusulas contractuales tipo, decisión de adecuación…). No necesito que me enviéis nada mío, solo la explicación.

Un saludo,

Dra. Elena Cifuentes Vera
Jefa de Servicio de Neumología
Hospital Universitario del Sur
Tel. 955 000 321 · Ext. 4417

Enviado desde mi iPhone

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo contiene información de carácter confidencial dirigida exclusivamente a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita del Hospital.
""",
    R(["Information"], "ecifuentes@hospital-sur.example", "Elena", "Cifuentes Vera"))

add("es-25-actualizar-domicilio-mx", "Jesús Armando Treviño Garza <jatrevino@correo-mx.example>", "Actualizar domicilio y correo",
    """Qué tal, buen día.

Le escribo para que me actualicen los datos de mi cuenta AeroPlus: me cambié de domicilio, ahora es Av. Constitución 2250, Col. Obispado, Monterrey, N.L., C.P. 64060, y el correo de contacto ya no es el de Hotmail viejo sino este. También mi celular nuevo: 81 0000 4455. Es que me siguen llegando los estados de cuenta a la casa de mi ex-suegra, ¡imagínese!

Muchas gracias por su atención.
Jesús Armando Treviño Garza
""",
    R(["Rectification"], "jatrevino@correo-mx.example", "Jesús Armando", "Treviño Garza"))

add("es-26-de-donde-mi-telefono", "Raúl Benítez <raulbenitez@correo.example>", "¿De dónde han sacado mi teléfono?",
    """Oigan, me ha llamado hoy una chica de parte de "Cava Club" ofreciéndome una cata en Sevilla. Yo no soy socio ni lo he sido nunca. Quiero saber de dónde han sacado mi móvil y mi nombre, quién se los ha dado. Y que no me vuelvan a llamar, por supuesto.

Raúl Benítez Osuna
600 00 00 00
""",
    R(["Information", "Opposition"], "raulbenitez@correo.example", "Raúl", "Benítez Osuna"))

add("es-27-no-autorizo-mi-voz", "Natalia Esparza <nesparza@correo.example>", "No autorizo el uso de mi voz",
    """Hola.

En la actualización de la política de privacidad de Lingo de este mes pone que las grabaciones de voz se podrán usar para "mejorar nuestros modelos de evaluación". Pues no: no quiero que mi voz ni mis grabaciones se usen para entrenar ninguna inteligencia artificial. Si lo hacéis con mi consentimiento, lo retiro desde ya. Sigo siendo alumna, solo quiero quedar fuera de eso.

Natalia Esparza Goñi
""",
    R(["Opposition"], "nesparza@correo.example", "Natalia", "Esparza Goñi"))

add("es-28-tutora-legal-hermano", "Montserrat Vilaró i Puig <montse.vilaro@correo.example>", "Baja de mi hermano - AeroPlus",
    """Bon dia / buenos días:

Soy la curadora representativa de mi hermano, Pere Vilaró i Puig (antes se decía tutora legal; la resolución del juzgado es de 2021). Mi hermano ya no puede viajar y no tiene sentido que se mantenga su cuenta del programa AeroPlus. Solicito que supriman todos sus datos personales. Puedo enviarles la resolución judicial si la necesitan.

Montserrat Vilaró i Puig
""",
    R(["Erasure"], "montse.vilaro@correo.example", "Pere", "Vilaró i Puig", representative="Montserrat Vilaró i Puig"))

add("es-29-borradme-de-todo", "Jordi Casals <jcasals@correo.example>", "fuera",
    """Borradme de todo: Lingo, Cava y AeroPlus. No quiero estar en ninguna base de datos vuestra.

Jordi

Enviado desde mi Galaxy
""",
    R(["Erasure"], "jcasals@correo.example", "Jordi", "Casals"))

add("es-30-verificacion-edad-fecha", "Milagros Quispe Huamán <milagros.quispe@correo.example>", "No me deja pasar la verificación de edad",
    """Hola, buenas noches. Intento comprar la caja de Navidad del club y me sale que "no se ha podido verificar la mayoría de edad". Creo que es porque en mi ficha pusieron mal la fecha de nacimiento (soy de 1988, no de 2008). Les pido por favor que la corrijan, y también que me envíen todo lo que tienen registrado sobre mí, para ver si hay algún otro dato equivocado.

Muchas gracias.
Milagros
""",
    R(["Rectification", "Access"], "milagros.quispe@correo.example", "Milagros", "Quispe Huamán"))

# ---------------------------------------------------------------- tasks

add("es-31-contrato-videollamadas", "Laura Méndez Ruiz <laura.mendez@acme-corp.example>",
    "Revisión contrato de encargado - nuevo proveedor de videollamadas",
    """Hola, equipo de privacidad:

Desde Producto de Lingo vamos a cambiar el proveedor de videollamadas de las clases con tutores a partir de enero (VidMeet Ltd., con sede en Irlanda pero soporte técnico en India). Legal ya tiene el borrador del contrato y me piden que vosotros reviséis el anexo de encargado del tratamiento (art. 28) y la lista de subencargados antes de firmar. ¿Podríais tenerlo para el 4 de diciembre? Os dejo el enlace a la carpeta compartida.

Gracias,
Laura Méndez Ruiz
Product Manager · Lingo
""",
    TASK("laura.mendez@acme-corp.example", "Laura", "Méndez Ruiz"))

add("es-32-eipd-selfie-edad", "Diego Fuentes <diego.fuentes@acme-corp.example>", "EIPD para la estimación facial de edad",
    """Buenas, el equipo de Cava Club quiere sustituir la foto del DNI por una estimación de edad con selfie (proveedor externo, datos biométricos). Entiendo que esto pide evaluación de impacto. ¿Nos ayudáis a arrancarla? Tenemos kickoff el jueves a las 10:00, os mando invitación.

Diego Fuentes - Head of Growth, Cava Club
""",
    TASK("diego.fuentes@acme-corp.example", "Diego", "Fuentes"))

add("es-33-registro-salas-barajas", "Ainhoa Etxeberria <ainhoa.etxeberria@acme-corp.example>",
    "Alta en el registro de actividades: salas VIP Barajas",
    """¡Hola!

A partir del 1 de diciembre las salas de Barajas T4 las gestiona un operador nuevo (LoungeCo Iberia), que recibirá nombre, número de socio y nivel de los pasajeros. Hay que actualizar el registro de actividades de tratamiento y el listado de encargados. Os paso la ficha del año pasado con los cambios marcados en amarillo.

Un abrazo,
Ainhoa (Operaciones AeroPlus)
""",
    TASK("ainhoa.etxeberria@acme-corp.example", "Ainhoa", "Etxeberria"))

add("es-34-cuestionario-banco", "Rubén Castillo <ruben.castillo@acme-corp.example>", "Cuestionario de seguridad y privacidad del banco socio",
    """Equipo, el Banco del Norte (tarjeta co-branded AeroPlus) nos ha mandado su cuestionario anual de proveedores: 84 preguntas sobre medidas técnicas, transferencias y gestión de brechas. Lo quieren firmado antes del 30/11. ¿Me echáis una mano con la parte de protección de datos? Adjunto el Excel.

Rubén Castillo
Partnerships · AeroPlus
""",
    TASK("ruben.castillo@acme-corp.example", "Rubén", "Castillo"))

add("es-35-formacion-tutores-latam", "Paloma Serrano <paloma.serrano@acme-corp.example>", "Formación RGPD para tutores nuevos",
    """Hola, este trimestre han entrado 40 tutores nuevos en Latinoamérica y ninguno ha hecho la formación de protección de datos. ¿Podéis organizar una sesión online (mejor en horario de Ciudad de México) o pasarnos el material actualizado para que lo hagan por su cuenta?

¡Gracias!
Paloma Serrano
Tutor Success Lead · Lingo
""",
    TASK("paloma.serrano@acme-corp.example", "Paloma", "Serrano"))

# ---------------------------------------------------------------- incidents

add("es-36-portatil-robado-ave", "Xavier Roig <xavier.roig@acme-corp.example>", "URGENTE: me han robado el portátil",
    """Hola,

Anoche me robaron la mochila en el AVE Barcelona-Madrid con el portátil del trabajo dentro. El disco está cifrado (creo), pero tenía descargado en el escritorio un Excel con el listado de socios del Cava Club de Cataluña para la cata de diciembre: nombres, teléfonos, direcciones y fechas de nacimiento, unos 1.200. Ya he puesto la denuncia en los Mossos y he avisado a IT. ¿Qué más tengo que hacer?

Xavier Roig
Event Manager · Cava Club
+34 600 111 222
""",
    INC("xavier.roig@acme-corp.example", "Xavier", "Roig"))

add("es-37-extracto-de-otro", "Marisol Guerrero <marisolg@correo.example>", "Me ha llegado el extracto de otra persona",
    """Buenas tardes.

Hoy me ha llegado al correo un "extracto mensual AeroPlus" que no es mío: es de un tal Antonio Rebollo, con su número de socio, sus vuelos de octubre, su dirección en Valladolid y hasta las últimas cifras de la tarjeta. Yo ni siquiera soy socia de nada vuestro. Os lo digo para que lo arregléis, que si yo fuera él me haría poquísima gracia. Ya lo he borrado.

Marisol Guerrero
""",
    INC("marisolg@correo.example", "Marisol", "Guerrero"))

add("es-38-pantalla-compartida", "Hugo Navarro Blasco <hugonb@correo.example>", "Lo que vi en la clase de ayer",
    """Hola. No sé si es aquí donde tengo que escribir.

Ayer, en mi clase de alemán de las 19:00, la tutora compartió pantalla para enseñarme un ejercicio y durante casi un minuto se vio una hoja de cálculo con los nombres, correos y niveles de otros alumnos, y algunos comentarios sobre ellos ("no paga", "muy tímido"…). Me parece grave y os lo cuento para que lo sepáis.

Hugo
""",
    INC("hugonb@correo.example", "Hugo", "Navarro Blasco"))

add("es-39-pinche-enlace", "Irene Calvo <irene.calvo@acme-corp.example>", "He pinchado en un enlace raro",
    """Hola, creo que la he liado. Me ha llegado un correo que parecía de Microsoft pidiendo renovar la contraseña y he metido mi usuario y contraseña antes de darme cuenta. Tengo acceso al CRM de AeroPlus con los datos de los socios Gold y Platinum. Ya he cambiado la contraseña y he avisado a IT, pero me dicen que os escriba también. Lo siento muchísimo.

Irene Calvo · Atención al Socio
""",
    INC("irene.calvo@acme-corp.example", "Irene", "Calvo"))

add("es-40-albaranes-cruzados", "Tomás Aguirre <tomas.aguirre@acme-corp.example>", "Cajas enviadas con el albarán de otro socio",
    """Buenas.

Esta semana, por un fallo en la impresión en el almacén de Logroño, unas 60 cajas de la suscripción salieron con el albarán de otro socio dentro: nombre, dirección, teléfono y detalle del pedido. Ya nos han llamado tres socios diciendo que han recibido el papel de otra persona. Os lo paso para que valoréis si hay que notificar.

Tomás Aguirre
Responsable de Logística · Cava Club
""",
    INC("tomas.aguirre@acme-corp.example", "Tomás", "Aguirre"))

# ---------------------------------------------------------------- follow-ups

add("es-41-re-acuse-un-mes", "Eduardo Salinas <esalinas@correo.example>", "Re: [DSR-48213] Hemos recibido su solicitud",
    """Hola, ya ha pasado más de un mes desde esto y sigo sin noticias. ¿Para cuándo?

Eduardo Salinas

El 12/10/2026, a las 10:14, privacy@acme-corp.example escribió:
> Estimado/a cliente:
> Hemos recibido su solicitud y le hemos asignado la referencia DSR-48213.
> Le responderemos en el plazo máximo de un mes.
> Equipo de Privacidad
""",
    FU("48213", "esalinas@correo.example", "Eduardo", "Salinas"))

add("es-42-complemento-dni", "Ignacio Castro Villalobos <ignacio.castro.v@correo.example>",
    "Re: Ejercicio de los derechos de acceso y portabilidad (arts. 15 y 20 RGPD)",
    """Como complemento a mi escrito anterior, adjunto copia de mi DNI por ambas caras para acreditar mi identidad. Les ruego que lo unan al expediente.

Atentamente,
Ignacio Castro Villalobos
""",
    FU(ref("es-05-acceso-portabilidad-formal"), "ignacio.castro.v@correo.example", "Ignacio", "Castro Villalobos"),
    headers=irt("es-05-acceso-portabilidad-formal"))

add("es-43-madre-confirmacion", "Beatriz Ortega Luna <bortega.luna@correo.example>", "Re: Grabaciones de las clases de mi hijo",
    """Una cosa más: ¿me podéis confirmar por escrito cuándo estarán eliminadas? Y os mando en adjunto el libro de familia, como os dije.

Gracias,
Beatriz
""",
    FU(ref("es-14-madre-grabaciones-hijo"), "bortega.luna@correo.example", "Beatriz", "Ortega Luna"),
    headers=irt("es-14-madre-grabaciones-hijo"))

add("es-44-alguna-novedad", "nieves.r@correo.example", "RE: [DSR-50977]",
    "¿Alguna novedad sobre lo mío? gracias. Nieves\n",
    FU("50977", "nieves.r@correo.example", "Nieves", None))

# ---------------------------------------------------------------- ignored

add("es-45-spam-borrado-total", "Borrado Total <info@borradototal-seguro.example>",
    "¿Sus datos personales circulan por internet? Los eliminamos en 24 h",
    """Estimado/a responsable:

Sus datos personales están expuestos en más de 300 bases de datos y foros. Nuestro servicio PROTECCIÓN TOTAL RGPD elimina su información de internet y de la dark web en 24 horas, garantizado.

OFERTA EXCLUSIVA: 49 € en lugar de 199 €. Solo hoy.
Haga clic aquí: http://borradototal-seguro.example/oferta

Para no recibir más comunicaciones, responda BAJA.
""",
    IGN("spam", "info@borradototal-seguro.example"), headers=SPAM_HDR)

add("es-46-phishing-millas", "AeroPlus Recompensas <premios@aeroplus-millas.example>", "¡Atención! Sus 50.000 millas caducan hoy",
    """Estimado socio:

Sus 50.000 millas caducarán hoy a las 23:59. Para conservarlas, confirme sus datos personales y los de su tarjeta en el siguiente enlace:

http://aeroplus-millas.example/confirmar

Sus datos están protegidos conforme al RGPD.
Departamento de Fidelización
""",
    IGN("spam", "premios@aeroplus-millas.example"),
    headers=[AUTH(spf="fail", dkim="fail", dmarc="fail", dom="aeroplus-millas.example")])

add("es-47-seo-primera-pagina", "Carlos | Posicionamiento Web <carlos@seo-top1.example>", "Propuesta para acme-corp.example",
    """Hola,

He visto su web y no aparece en la primera página de Google para "suscripción de vino" ni para "clases de inglés online". Le ofrezco una auditoría SEO gratuita y un plan de enlaces con resultados en 30 días.

¿Le llamo mañana a las 11?

Carlos
SEO Top1 Agency
""",
    IGN("spam", "carlos@seo-top1.example"))

add("es-48-fuera-oficina", "Mercedes Aranda <maranda@bodegas-aranda.example>", "Respuesta automática: Fuera de la oficina",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de noviembre con acceso limitado al correo. Para asuntos urgentes, escriba a pedidos@bodegas-aranda.example.

Mercedes Aranda
Bodegas Aranda
""",
    IGN("auto_reply", "maranda@bodegas-aranda.example"), headers=["Auto-Submitted: auto-replied"])

add("es-49-boletin-privacidad", "Boletín Privacidad Hoy <boletin@privacidadhoy.example>",
    "Privacidad Hoy n.º 212: sanción a una aerolínea por su programa de fidelización",
    """PRIVACIDAD HOY · Boletín semanal

1. La autoridad de control sanciona a una aerolínea con 1,2 millones por no atender solicitudes de supresión de su programa de fidelización.
2. Guía práctica: cómo responder a un derecho de acceso en 30 días.
3. Verificación de edad y biometría: lo que dice el nuevo dictamen del CEPD.

Recibe este correo porque está suscrito a Privacidad Hoy.
Darse de baja: https://privacidadhoy.example/baja
""",
    IGN("bulk", "boletin@privacidadhoy.example"),
    headers=["List-Id: Privacidad Hoy <boletin.privacidadhoy.example>",
             "List-Unsubscribe: <mailto:baja@privacidadhoy.example>, <https://privacidadhoy.example/baja>",
             "Precedence: bulk"])

add("es-50-rebote", "Mail Delivery Subsystem <MAILER-DAEMON@mx.correo.example>",
    "Notificación de estado de entrega (error)", "",
    IGN("bounce", "MAILER-DAEMON@mx.correo.example"), dsn=True)
