from common import *  # part es: written blind

# ---------------------------------------------------------------- requests
add("es-01-que-guardais",
    "pablo.ruiz88@correo.example",
    "datos",
    """Hola, me gustaría saber qué información guardáis sobre mí desde que hice el test de ADN el año pasado. Gracias
Pablo
""",
    R(["Access"], "pablo.ruiz88@correo.example", "Pablo", None))

add("es-02-parientes-indignada",
    "Inmaculada Serrano Gil <inma.serrano@buzon.example>",
    "Estoy indignada con lo de los parientes",
    """Buenas tardes:

Les escribo porque ya no sé a quién acudir. En marzo mi hermana me regaló por mi cumpleaños uno de sus kits de ADN. Yo lo hice por curiosidad, para saber de dónde venían mis abuelos, nada más. A las dos semanas me aparece en la pantalla de "coincidencias" un señor de Zaragoza que según ustedes es mi medio hermano. Imagínense el disgusto. Mi madre tiene 81 años y ahora en casa nadie se habla. Ese señor me ha escrito cuatro veces por la plataforma y por Facebook.

Llamé a su teléfono de atención al cliente y me dijeron que "es una función del servicio" y que lo podía desactivar yo misma. Lo desactivé, pero el daño ya está hecho y no me fío de que mis datos sigan ahí.

Lo único que quiero a estas alturas es que hagan desaparecer mi perfil, mis resultados y la muestra de saliva que les mandé. Que no quede rastro de mí en su empresa. No me manden un resumen de lo que tienen, no lo quiero ver, sólo que lo quiten todo.

Y que sepan que pienso contarlo en todas partes, porque nadie me avisó de que esto podía pasar. Esto no es un juego, son familias.

Inmaculada Serrano Gil
""",
    R(["Erasure"], "inma.serrano@buzon.example", "Inmaculada", "Serrano Gil"))

add("es-03-me-llevo-el-adn",
    "Jordi Puig Ferrer <jpuig@telemail.example>",
    "Cambio de plataforma",
    """Hola,

Me paso a otra plataforma de genealogía. ¿Me podéis pasar el fichero con mis datos genéticos en bruto (el .txt o .csv que se pueda importar en otros sitios) y el árbol en GEDCOM? Una vez lo tenga descargado, dad de baja la cuenta y eliminad todo, muestra incluida.

Salut,
Jordi Puig Ferrer
""",
    R(["Portability", "Erasure"], "jpuig@telemail.example", "Jordi", "Puig Ferrer"))

add("es-04-fecha-mal",
    "Rocío Núñez de la Fuente <rocio.nunez@correo.example>",
    "Error en mi ficha",
    """Buenos días,

En mi perfil aparezco como "Rocio Nuñez Delafuente" y con fecha de nacimiento 12/03/1979, cuando nací el 21/03/1979 y mis apellidos son Núñez de la Fuente, separados y con tilde. Les agradecería que lo arreglasen, porque la gente que me encuentra en el árbol cree que soy otra persona.

Un saludo,
Rocío Núñez de la Fuente
Tel. 654 32 10 98
""",
    R(["Rectification"], "rocio.nunez@correo.example", "Rocío", "Núñez de la Fuente"))

add("es-05-basta-llamadas",
    "ANTONIO BERMEJO <abermejo1956@correo.example>",
    "BASTA DE LLAMADAS",
    """LLEVAN TRES SEMANAS LLAMANDOME A CASA PARA VENDERME UNA ALARMA. NO QUIERO NINGUNA ALARMA. QUITENME DE SUS LISTAS Y NO ME LLAMEN MAS NI POR LA MAÑANA NI POR LA TARDE
ANTONIO BERMEJO
""",
    R(["Opposition"], "abermejo1956@correo.example", "Antonio", "Bermejo"))

add("es-06-camaras-salon",
    "Lucía Ortega <lucia.ortega.v@mail.example>",
    "Consulta sobre las cámaras del salón",
    """Hola,

Tenemos contratado con ustedes el kit de alarma con dos cámaras interiores. Mi pareja está preocupada por quién puede ver lo que graban. ¿Las imágenes las mira alguien de la central aunque no salte la alarma? ¿Cuánto tiempo se quedan guardadas y en qué país están los servidores?

No pido nada más, sólo quiero entenderlo antes de decidir si las dejamos encendidas.

Gracias,
Lucía Ortega
""",
    R(["Information"], "lucia.ortega.v@mail.example", "Lucía", "Ortega"))

add("es-07-rechazo-automatico",
    "Héctor Campos Rivas <hcampos@rivas.example>",
    "Rechazo automático de mi contrato",
    """Buenas,

Intenté contratar la alarma con pago mensual por la web y me salió en pantalla "solicitud no aprobada" al segundo de meter el DNI. Nadie me ha explicado por qué. Tengo nómina fija y nunca he tenido un impago.

Quiero que una persona de verdad revise mi caso y poder dar mi versión, porque entiendo que una máquina no puede decidir esto sola.

Héctor Campos Rivas
""",
    R(["AutomatedDecision"], "hcampos@rivas.example", "Héctor", "Campos Rivas"))

add("es-08-informe-salud-erroneo",
    "Marta Iglesias <marta.iglesias@correo.example>",
    "Informe de salud erróneo",
    """Hola,

El informe de salud dice que soy portadora de una variante de fibrosis quística. En el hospital me han hecho la prueba y sale negativa. Sospecho que se mezcló mi muestra con la de otra persona.

Mientras lo comprueban, les pido que no usen ni compartan esos resultados con nadie (tampoco con los parientes que me salen en coincidencias). Y cuando confirmen el error, que corrijan el informe y lo que haya derivado de él.

Marta Iglesias
""",
    R(["Restriction", "Rectification"], "marta.iglesias@correo.example", "Marta", "Iglesias"))

add("es-09-madre-hijo-menor",
    "Beatriz Lozano Méndez <bea.lozano@buzon.example>",
    "Muestra de ADN de mi hijo menor sin mi permiso",
    """Buenos días:

Mi exmarido mandó una muestra de saliva de nuestro hijo Daniel Herrero Lozano, de 11 años, a su empresa sin mi consentimiento. Tenemos la custodia compartida y estas decisiones las tenemos que tomar los dos.

Como madre, quiero saber qué datos tienen de Daniel y a quién se los han enseñado, y que después los eliminen por completo, incluida la muestra. Adjunto el libro de familia y mi DNI.

Atentamente,
Beatriz Lozano Méndez
""",
    R(["Access", "Erasure"], "bea.lozano@buzon.example", "Daniel", "Herrero Lozano",
      representative="Beatriz Lozano Méndez"))

add("es-10-testamento-digital",
    "Fernando Salas Aranda <fsalas@salas.example>",
    "Testamento digital",
    """Estimados señores:

Estoy preparando mi testamento y el notario me ha hablado del testamento digital. Tengo cuenta con ustedes con mis resultados genéticos y un árbol familiar bastante trabajado.

Quiero dejar indicado qué tiene que pasar con todo eso cuando yo fallezca: que mi hija Clara pueda descargarlo y que después se borre. ¿Cómo lo dejo registrado con ustedes?

Fernando Salas Aranda
""",
    R(["AdvanceDirectives"], "fsalas@salas.example", "Fernando", "Salas Aranda"))

add("es-11-padre-fallecido",
    "Ignacio Moreno Vidal <ignacio.morenovidal@correo.example>",
    "Cuenta de mi padre fallecido",
    """Buenas tardes,

Mi padre, José Moreno Castillo, falleció en agosto. Tenía una cuenta con ustedes desde 2021 y les envió una muestra de ADN. Como heredero, solicito que se cierre su cuenta y que se eliminen sus datos y su muestra.

Adjunto certificado de defunción y certificado de últimas voluntades.

Ignacio Moreno Vidal
""",
    R(["Erasure"], "ignacio.morenovidal@correo.example", "José", "Moreno Castillo",
      representative="Ignacio Moreno Vidal"))

add("es-12-pedido-no-llega",
    "nerea.agirre@posta.example",
    "pedido",
    """Buenas, hice el pedido del kit de ADN el día 2 y todavía no ha llegado, el número de pedido es 558-22190. ¿Me decís algo?
Nerea Agirre
""",
    R(["Unknown"], "nerea.agirre@posta.example", "Nerea", "Agirre"))

add("es-13-factura-duplicada",
    "Ramón Fuentes <rfuentes@fuentesyasociados.example>",
    "Factura duplicada alarma",
    """Buenos días,

Este mes me han cobrado dos veces la cuota de octubre de la alarma (39,90 € cada una). Les ruego que me devuelvan el cargo duplicado.

Saludos,
Ramón Fuentes
Fuentes y Asociados – Asesoría
""",
    R(["Unknown"], "rfuentes@fuentesyasociados.example", "Ramón", "Fuentes"),
    ct=CP1252, encode="cp1252")

add("es-14-no-mas-estudios",
    "Sofía Calvo <sofia.calvo@mail.example>",
    "Investigación",
    """Cuando me registré marqué la casilla para que mis datos se usaran en estudios científicos. He cambiado de opinión y no quiero participar más en ninguno.

No hace falta que borren mi cuenta, la sigo usando para el árbol.

Sofía
Sofía Calvo
""",
    R(["Opposition"], "sofia.calvo@mail.example", "Sofía", "Calvo"))

add("es-15-escrito-formal-acceso",
    "Carmen Velasco Ibáñez <carmen.velasco@correo.example>",
    "Ejercicio del derecho de acceso – art. 15 RGPD",
    html("A la atención del Delegado de Protección de Datos",
         "Dña. Carmen Velasco Ibáñez, mayor de edad, con DNI 12345678Z y domicilio a efectos de "
         "notificaciones en C/ Mayor 8, 2ºA, 41001 Sevilla, por medio del presente escrito ejerce "
         "el derecho reconocido en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 "
         "de la Ley Orgánica 3/2018, y en consecuencia",
         "SOLICITA que se le facilite, en el plazo de un mes, confirmación de si se están tratando "
         "datos personales que le conciernen y, en tal caso, una copia de los mismos, con indicación "
         "de los fines, categorías, destinatarios, plazo de conservación y origen.",
         "En Sevilla, a 15 de noviembre de 2026.",
         "Fdo.: Carmen Velasco Ibáñez"),
    R(["Access"], "carmen.velasco@correo.example", "Carmen", "Velasco Ibáñez"),
    ct=HTML)

add("es-16-baja-definitiva",
    "Julián Pascual <jpascual@telemail.example>",
    "Baja definitiva",
    """Hola:

Ya he devuelto el equipo de alarma y he cancelado el contrato. Ahora quiero que borren mis datos de su sistema y que dejen de enviarme ofertas por correo y por SMS, que todavía me llegan.

Julián Pascual
""",
    R(["Erasure", "Opposition"], "jpascual@telemail.example", "Julián", "Pascual"),
    ct=LATIN1, encode="latin-1")

add("es-17-reenvio-grabacion",
    "Silvia Marín <silvia.marin@acme-corp.example>",
    "RV: grabación llamada",
    """Hola equipo de privacidad, os reenvío esto que nos ha llegado a atención al cliente, creo que es cosa vuestra.
Gracias,
Silvia Marín
Atención al Cliente – Alarmas

-----Mensaje original-----
De: Tomás Gallardo Ruiz <tomas.gallardo@buzon.example>
Enviado el: domingo, 15 de noviembre de 2026 19:42
Para: atencion.cliente@acme-corp.example
Asunto: grabación llamada

El martes llamé a la central porque saltó la alarma y el operador me trató fatal. Quiero que me mandéis la grabación de esa llamada y todo lo que tengáis apuntado sobre mí en el expediente.
Tomás Gallardo
""",
    R(["Access"], "tomas.gallardo@buzon.example", "Tomás", "Gallardo Ruiz"))

add("es-18-adjunto-exportar-arbol",
    "Diego Romero <diego.romero@acme-corp.example>",
    "Fwd: Exportar mis datos",
    "",
    R(["Portability"], "alba.cortes@correo.example", "Alba", "Cortés Medina"),
    attached=("Alba Cortés Medina <alba.cortes@correo.example>", "Exportar mis datos",
              """Hola, quiero pasar mi árbol familiar y los resultados del ADN a otra página de genealogía. ¿Me los podéis dar en un archivo que esa página pueda leer, tipo GEDCOM o CSV?
Gracias,
Alba Cortés
"""),
    note="""Privacidad: la clienta pide llevarse sus datos a otra web, ¿lo gestionáis vosotros? Va adjunto su correo.
Diego (Soporte N2)
""")

add("es-19-familia-reply-to",
    "Familia López Cano <familialopez@hogar.example>",
    "Coincidencias de parientes",
    """Hola, soy Marta, escribo desde el correo de casa pero contestadme a mi correo personal.

¿Con quién compartís exactamente mi nombre y mi porcentaje de ADN cuando salgo como posible prima de alguien? ¿Lo ven también empresas externas o sólo los usuarios?

Y por favor, quiero dejar de aparecer en la lista de coincidencias de otros usuarios.

Marta López Cano
""",
    R(["Information", "Opposition"], "marta.lopezcano@correo.example", "Marta", "López Cano"),
    headers=["Reply-To: Marta López Cano <marta.lopezcano@correo.example>"])

add("es-20-falsa-alarma-historia",
    "Francisco Javier Ortiz <fjortiz@correo.example>",
    "Falsa alarma, cobro abusivo y quiero explicaciones",
    """Muy señores míos:

El sábado 7 a las tres de la mañana saltó la alarma de mi casa. Yo estaba de viaje en Bilbao. Su central me llamó a las 3:20, veinte minutos después, y cuando les dije que no había nadie en casa me dijeron que mandaban un vigilante. El vigilante llegó a las 4:05. Cuarenta y cinco minutos. Si llega a haber ladrones se llevan hasta los azulejos.

Entró con la llave que les dejamos, dio una vuelta y se fue diciendo que era "un fallo del sensor de la ventana". Ese sensor ya lo habían cambiado en junio, por cierto. Y ahora me llega un cargo de 120 euros por "intervención por salto de alarma". ¿Me cobran ustedes por un fallo de su propio aparato?

Exijo que me entreguen el registro completo de eventos de mi alarma de esa noche, las grabaciones de las llamadas con la central y el parte del vigilante, y en general todo lo que tengan guardado sobre mí, porque quiero saber qué ha pasado de verdad.

Además, voy a poner una reclamación en la oficina de consumo y no pienso pagar esos 120 euros. Llevo cinco años con ustedes y nunca había tenido un problema así. Estoy muy decepcionado.

Francisco Javier Ortiz
""",
    R(["Access"], "fjortiz@correo.example", "Francisco Javier", "Ortiz"))

add("es-21-spanglish-direccion",
    "Valeria Mendoza <vmendoza@startup.example>",
    "update my info pls",
    """Hi! Perdón por el spanglish. Me he mudado y necesito que actualicéis mi dirección postal para el contrato de la alarma: ahora es C/ Alcalá 214, 3ºB, 28028 Madrid. Also my phone number changed: 600 123 456. Thanks!!

Valeria
--
Valeria Mendoza | Product Lead
""",
    R(["Rectification"], "vmendoza@startup.example", "Valeria", "Mendoza"))

add("es-22-abogado-acceso",
    "Alejandro Ferrer Villalba <aferrer@ferrer-abogados.example>",
    "Requerimiento en nombre de D. Luis Cabrera Soto",
    """Muy Sres. míos:

Actúo en nombre y representación de D. Luis Cabrera Soto, con DNI 50123456-K, según poder notarial que se acompaña.

Por medio de la presente, y al amparo del artículo 15 del RGPD, mi representado ejercita su derecho a obtener copia íntegra de los datos personales que obran en poder de esa entidad, incluidos los resultados genéticos, los informes de salud emitidos, el árbol genealógico y cualquier dato de contacto o de facturación.

Ruego remitan la respuesta a esta dirección de correo electrónico en el plazo legalmente previsto.

Atentamente,

Alejandro Ferrer Villalba
Abogado – Colegiado nº 45.678 ICAM
Ferrer Abogados
Tel. 91 555 12 34

Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos lo comunique al remitente y lo destruya.
""",
    R(["Access"], "aferrer@ferrer-abogados.example", "Luis", "Cabrera Soto",
      representative="Alejandro Ferrer Villalba"))

add("es-23-de-donde-mi-telefono",
    "Encarnación Ruiz Bravo <encarni.ruiz@mail.example>",
    "¿De dónde han sacado mi teléfono?",
    """Ayer me llamó una señorita de su parte ofreciéndome una alarma con cámara "gratis". Yo nunca les he dado mi número. Quiero saber de dónde lo han sacado y quién se lo ha pasado. Y que no me vuelvan a llamar nunca más.

Encarni
Encarnación Ruiz Bravo
""",
    R(["Information", "Opposition"], "encarni.ruiz@mail.example", "Encarnación", "Ruiz Bravo"))

add("es-24-bloquear-no-borrar",
    "Óscar Medina Lara <omedina@correo.example>",
    "Suspender uso de mis datos",
    """Buenas tardes,

Tengo abierta una reclamación con ustedes por un cargo de la alarma que considero indebido y he presentado también una queja ante la AEPD.

No quiero que borren nada (lo necesito como prueba), pero sí que bloqueen mis datos y no los utilicen para ninguna otra cosa mientras esto se resuelve.

Óscar Medina Lara
""",
    R(["Restriction"], "omedina@correo.example", "Óscar", "Medina Lara"))

add("es-25-borar-cuenta",
    "yoli_87@correo.example",
    "borar",
    """ola keria borar mi cuenta del arbol jenealojico y todo lo del adn xq ya no lo uso grasias yolanda
""",
    R(["Erasure"], "yoli_87@correo.example", "Yolanda", None))

add("es-26-cuenta-bloqueada",
    "Raúl Sánchez Ibarra <raul.sanchezibarra@buzon.example>",
    "Cuenta bloqueada por \"actividad sospechosa\"",
    """Hola,

Compré tres kits para regalar a mis hermanos y vuestro sistema me bloqueó la cuenta automáticamente por posible fraude. No soy ningún estafador. ¿Puede revisar esto un ser humano y no un algoritmo? Quiero poder explicar la compra y que se anule el bloqueo.

Raúl Sánchez Ibarra
""",
    R(["AutomatedDecision"], "raul.sanchezibarra@buzon.example", "Raúl", "Sánchez Ibarra"))

add("es-27-donde-se-analiza",
    "Amparo Giménez Soler <amparo.gimenez@correo.example>",
    "¿Dónde se analiza mi saliva?",
    """¿El análisis se hace en España o mandan la muestra fuera? ¿Y los resultados se guardan en servidores de EEUU?

Amparo Giménez Soler

Enviado desde mi iPhone
""",
    R(["Information"], "amparo.gimenez@correo.example", "Amparo", "Giménez Soler"))

# ---------------------------------------------------------------- tasks
add("es-28-task-contrato-laboratorio",
    "Nuria Blanco Ferrer <nuria.blanco@acme-corp.example>",
    "Revisión contrato encargado - nuevo laboratorio",
    """Hola DPO,

A partir de enero vamos a enviar parte de las muestras al laboratorio de Paterna. Compras me ha pasado el borrador del contrato. ¿Podéis revisar el anexo de encargado del tratamiento antes del viernes? Lo tenéis en la carpeta compartida de Legal.

Gracias,
Nuria Blanco Ferrer
Operaciones de Laboratorio · Ext. 4412
""",
    TASK("nuria.blanco@acme-corp.example", "Nuria", "Blanco Ferrer"))

add("es-29-task-eipd-reconocimiento-facial",
    "Gonzalo Herrera <gonzalo.herrera@acme-corp.example>",
    "EIPD reconocimiento facial cámaras",
    """Buenas,

Desde producto queremos lanzar en primavera una función de reconocimiento facial en las cámaras interiores para distinguir a los miembros de la familia de posibles intrusos. Entiendo que esto necesita una evaluación de impacto y que habrá que añadirlo al registro de actividades. ¿Cuándo podemos sentarnos para empezar?

Gonzalo Herrera
Product Manager – Hogar Conectado
""",
    TASK("gonzalo.herrera@acme-corp.example", "Gonzalo", "Herrera"))

add("es-30-task-formacion-central",
    "Patricia Vidal <patricia.vidal@acme-corp.example>",
    "Formación RGPD para la central de alarmas",
    """Hola,

En diciembre se incorporan 40 operadores nuevos a la central receptora de alarmas. ¿Nos podéis dar una sesión de protección de datos (grabación de llamadas, verificación de identidad por teléfono, qué se puede contar a un vecino, etc.)? Nos vendría bien la semana del 7.

Patricia Vidal
Responsable de Formación
""",
    TASK("patricia.vidal@acme-corp.example", "Patricia", "Vidal"))

add("es-31-task-cuestionario-aseguradora",
    "Miguel Ángel Torres <miguelangel.torres@acme-corp.example>",
    "Cuestionario de seguridad de un cliente corporativo",
    """Hola equipo,

Una aseguradora quiere ofrecer nuestras alarmas a sus asegurados y nos ha mandado un cuestionario de 60 preguntas sobre protección de datos y seguridad. La parte técnica la rellena IT, pero el bloque de privacidad (bases legales, plazos, transferencias) os toca a vosotros. Lo necesitan para el día 30.

Un saludo,
Miguel Ángel Torres
Key Account Manager
""",
    TASK("miguelangel.torres@acme-corp.example", "Miguel Ángel", "Torres"))

# ---------------------------------------------------------------- incidents
add("es-32-inc-portatil-robado",
    "Adrián Cano <adrian.cano@acme-corp.example>",
    "Me han robado el portátil",
    """Hola,

Esta mañana me han robado la mochila con el portátil del trabajo en la cafetería de la estación de Atocha. Llevaba descargado un Excel con los resultados de unos 300 clientes para el estudio de cardiología (nombre, email y variantes). El portátil tiene contraseña pero no estoy seguro de que el disco esté cifrado. Ya he puesto la denuncia en la policía.

¿Qué tengo que hacer ahora?

Adrián Cano
Data Science
""",
    INC("adrian.cano@acme-corp.example", "Adrián", "Cano"))

add("es-33-inc-veo-otra-persona",
    "Lorena Esteban <lorena.esteban@buzon.example>",
    "Veo datos de otra persona en mi cuenta",
    """Hola, he entrado en mi cuenta esta mañana y en el apartado de informes de salud me aparece el informe de un tal Manuel, con su fecha de nacimiento y sus resultados. Ese no soy yo, obviamente. Mi propio informe no aparece. Me parece gravísimo, si yo veo lo suyo alguien estará viendo lo mío.

Lorena Esteban
""",
    INC("lorena.esteban@buzon.example", "Lorena", "Esteban"))

add("es-34-inc-phishing-central",
    "Sergio Molina <sergio.molina@acme-corp.example>",
    "Creo que he picado en un phishing",
    """Buenas noches,

Hace una hora me llegó un correo de "actualice su contraseña de Office 365" y puse mi usuario y contraseña en la página. Después me di cuenta de que la dirección era rara. Con mi usuario se accede a la aplicación de la central, donde están las direcciones de los clientes y las palabras clave de la alarma. Ya he cambiado la contraseña y he avisado a IT.

Sergio Molina
Operador CRA – turno de noche
""",
    INC("sergio.molina@acme-corp.example", "Sergio", "Molina"))

add("es-35-inc-carta-vecino",
    "Emilio Rubio <emilio.rubio@correo.example>",
    "Carta que no es mía",
    """Buenos días:

Hoy he encontrado en mi buzón una carta suya dirigida a un vecino del 4º, pero con mi dirección. Dentro venía su contrato de la alarma con el código para desactivarla y los nombres de las personas de contacto. No la he abierto con mala intención, pensé que era para mí. Díganme qué hago con ella, porque me parece peligroso que esto ande por ahí.

Emilio Rubio
""",
    INC("emilio.rubio@correo.example", "Emilio", "Rubio"),
    ct=LATIN1, encode="latin-1")

# ---------------------------------------------------------------- follow-ups
add("es-36-fu-plazo-vencido",
    "Rafael Aguilar <rafael.aguilar@correo.example>",
    "RE: [DSR-48213] Hemos recibido su solicitud",
    """Buenas tardes, recibí su acuse hace ya más de un mes y sigo sin tener mis datos. El plazo legal es de un mes. ¿Cuándo me los van a enviar?

Rafael Aguilar

> Estimado/a cliente:
> Hemos recibido su solicitud y le hemos asignado la referencia DSR-48213.
> Le responderemos en el plazo máximo de un mes.
> Equipo de Privacidad
""",
    FU("48213", "rafael.aguilar@correo.example", "Rafael", "Aguilar"))

add("es-37-fu-numero-cliente",
    "pablo.ruiz88@correo.example",
    "Re: datos",
    """Se me olvidó, mi número de cliente es 7781-2210 y el kit lo activé con este mismo correo.
Pablo

El lun, 16 nov 2026, pablo.ruiz88@correo.example escribió:
> Hola, me gustaría saber qué información guardáis sobre mí desde que hice el test de ADN el año pasado.
""",
    FU(ref("es-01-que-guardais"), "pablo.ruiz88@correo.example", "Pablo", None),
    headers=irt("es-01-que-guardais"))

add("es-38-fu-dni",
    "Begoña Arrieta <begona.arrieta@posta.example>",
    "Re: [DSR-50977] Verificación de identidad",
    """Adjunto copia del DNI por las dos caras como me pidieron.

Un saludo,
Begoña Arrieta Etxeberria
""",
    FU("50977", "begona.arrieta@posta.example", "Begoña", "Arrieta Etxeberria"))

# ---------------------------------------------------------------- ignored
add("es-39-spam-borrado-datos",
    "Borrado Digital Pro <info@borradodigital-pro.example>",
    "Sus datos personales están expuestos en 47 webs",
    """Estimado cliente,

Nuestro sistema ha detectado que su nombre, teléfono y dirección aparecen en 47 páginas web y bases de datos de brokers. Cualquiera puede encontrarle.

Por solo 49 euros al año eliminamos sus datos personales de internet y protegemos su privacidad según el RGPD. Oferta válida 24 horas.

>> HAGA CLIC AQUÍ PARA BORRAR SUS DATOS <<

Si no desea recibir más comunicaciones responda BAJA.
""",
    IGN("spam", "info@borradodigital-pro.example"),
    headers=SPAM_HDR)

add("es-40-spam-herencia",
    "Sr. Martín Okafor <abogado.herencia@herencia-mail.example>",
    "HERENCIA NO RECLAMADA DE 4.500.000 EUROS",
    """Querido amigo,

Soy el abogado Martín Okafor. Tras una investigación genealógica hemos descubierto que usted es el último pariente vivo de un cliente mío fallecido sin testamento, con un depósito de 4.500.000 EUROS. Para proceder a la transferencia necesito su nombre completo, número de teléfono y copia del pasaporte, y el pago de los gastos de notaría.

Responda con urgencia y confidencialidad.
""",
    IGN("spam", "abogado.herencia@herencia-mail.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="herencia-mail.example")])

add("es-41-spam-seo",
    "Laura | Marketing Online <laura@posicionamiento-top.example>",
    "Propuesta para acme-corp.example",
    """Hola,

He revisado vuestra web y creo que podéis estar en la primera página de Google para "test de ADN" y "alarmas para casa" en menos de 3 meses. Trabajamos con más de 200 empresas. ¿Te viene bien una llamada de 15 minutos esta semana?

Laura
Consultora SEO
""",
    IGN("spam", "laura@posicionamiento-top.example"))

add("es-42-fuera-de-oficina",
    "Jesús Prieto <jesus.prieto@consultora.example>",
    "Respuesta automática: Su solicitud de derechos",
    """Estaré fuera de la oficina hasta el 23 de noviembre sin acceso al correo. Para asuntos urgentes pueden llamar al 93 555 00 11.

Jesús Prieto
""",
    IGN("auto_reply", "jesus.prieto@consultora.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-43-boletin-genealogia",
    "Revista Genealogía Hoy <boletin@genealogiahoy.example>",
    "Boletín nº 112: cómo datar fotografías antiguas",
    html("<b>Genealogía Hoy</b> – Boletín nº 112",
         "Este mes: cómo datar fotografías antiguas por la ropa y el papel, los padrones municipales "
         "de 1930 ya digitalizados y entrevista a una archivera de Simancas.",
         "Recibe este boletín porque se suscribió en genealogiahoy.example. "
         "<a href=\"https://genealogiahoy.example/baja\">Darse de baja</a>"),
    IGN("bulk", "boletin@genealogiahoy.example"),
    ct=HTML,
    headers=["List-Id: Boletin Genealogia Hoy <boletin.genealogiahoy.example>",
             "List-Unsubscribe: <https://genealogiahoy.example/baja>",
             "Precedence: bulk"])

add("es-44-rebote",
    "Mail Delivery System <mailer-daemon@mx.correo.example>",
    "Undelivered Mail Returned to Sender",
    "",
    IGN("bounce", "mailer-daemon@mx.correo.example"),
    dsn=True)
