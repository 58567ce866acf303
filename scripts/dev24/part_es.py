# Development set 24, Spanish (Spain and Latin America). Written blind.
from common import *

add("es-01-acceso-formal",
    "María del Carmen Ruiz Ortega <mcarmen.ruizortega@correo.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Muy señores míos:

Por medio del presente escrito ejerzo el derecho de acceso reconocido en el artículo 15 del
Reglamento (UE) 2016/679 y en la LOPDGDD, respecto de los datos personales que el grupo
escolar trata sobre mí como madre de alumnos (portal de familias, recibos del comedor,
cuotas y comunicaciones con tutores).

Solicito que me faciliten copia de dichos datos, así como los fines, destinatarios y plazo
de conservación.

Atentamente,
María del Carmen Ruiz Ortega
DNI 12345678Z
""",
    R(["Access"], "mcarmen.ruizortega@correo.example", "María del Carmen", "Ruiz Ortega"))

add("es-02-orla-borrar-foto",
    "Lucía Fernández Gil <lucia.fernandezgil@correo.example>",
    "Mi foto en la orla online",
    """Hola,

Soy exalumna (promoción 2015). He visto que la orla de mi promoción está publicada en la web
de la asociación de antiguos alumnos con nombre y apellidos. Os pido que quitéis mi foto y
mi nombre de esa orla digital y que los borréis de la web. Tampoco quiero que volváis a
usar mi foto en ninguna publicación de la asociación.

Gracias,
Lucía Fernández Gil
""",
    R(["Erasure", "Opposition"], "lucia.fernandezgil@correo.example", "Lucía", "Fernández Gil"))

add("es-03-video-promocional-hija",
    "Javier López Sánchez <javier.lopezsanchez@miempresa.example>",
    "Imagen de mi hija en el vídeo promocional",
    """Buenos días:

En el vídeo de la campaña de matrícula que el colegio ha publicado en YouTube aparece mi hija
Martina López Navarro (3.º de Primaria) en primer plano durante casi diez segundos.

Como padre me opongo a que se utilice la imagen de Martina con fines publicitarios del
colegio y retiro cualquier consentimiento que se haya podido dar en ese sentido.

Un saludo,
Javier López Sánchez
""",
    R(["Opposition"], "javier.lopezsanchez@miempresa.example", "Martina", "López Navarro",
      representative="Javier López Sánchez"))

add("es-04-rectificacion-dni",
    "José Antonio Martín Pardo <ja.martinpardo@correo.example>",
    "DNI erróneo en los recibos del comedor",
    """Buenas tardes,

En los recibos del comedor aparece mi DNI con una letra equivocada (pone 50123456-K y es
50123456-H), y por eso Hacienda no me acepta la deducción. ¿Pueden corregirlo en su base de
datos y emitir los recibos de nuevo?

Muchas gracias.
José Antonio Martín Pardo
""",
    R(["Rectification"], "ja.martinpardo@correo.example", "José Antonio", "Martín Pardo"),
    ct=LATIN1, encode="latin-1")

add("es-05-limitacion-cobro-comedor",
    "Rocío Jiménez Castro <rocio.jimenezcastro@correo.example>",
    "Reclamación cobro comedor - limitación",
    """Hola,

He presentado una reclamación porque me han cobrado el comedor de octubre completo cuando mi
hijo estuvo en un campamento de inmersión lingüística dos semanas. Mientras se resuelve,
solicito la limitación del tratamiento de mis datos bancarios: que no se emitan más cargos
ni se pasen mis datos a la empresa de cobros hasta que haya una respuesta.

Rocío Jiménez Castro
""",
    R(["Restriction"], "rocio.jimenezcastro@correo.example", "Rocío", "Jiménez Castro"))

add("es-06-portabilidad-antiguos-alumnos",
    "Álvaro Sanz Moreno <alvaro.sanzmoreno@correo.example>",
    "Exportar mis datos de socio",
    """Buenas,

Quería pediros que me enviéis mis datos de socio de la asociación de antiguos alumnos
(ficha, cuotas pagadas y certificados de donación) en un formato que pueda abrir y reutilizar,
tipo Excel o CSV. Mi gestor los necesita para la declaración.

Un abrazo,
Álvaro Sanz Moreno
""",
    R(["Portability"], "alvaro.sanzmoreno@correo.example", "Álvaro", "Sanz Moreno"))

add("es-07-viaje-nueva-york-info",
    "Begoña Etxeberria Aguirre <begona.etxeberria@correo.example>",
    "Viaje de estudios a Nueva York - datos",
    """Egun on / buenos días,

Voy como madre acompañante en el viaje de estudios de 1.º de Bachillerato a Nueva York. La
agencia me pide pasaporte, teléfono, datos médicos y el número de la tarjeta sanitaria.

¿Me podéis explicar a quién se ceden estos datos, si se envían a Estados Unidos y con qué
garantías, y cuándo se borran después del viaje?

Gracias,
Begoña Etxeberria Aguirre
""",
    R(["Information"], "begona.etxeberria@correo.example", "Begoña", "Etxeberria Aguirre"))

add("es-08-beca-comedor-automatica",
    "Yolanda Herrera Vidal <yolanda.herreravidal@correo.example>",
    "Denegación de la ayuda de comedor",
    """Estimados señores:

Solicité la ayuda de comedor del colegio a través del portal de familias y a los pocos
segundos apareció "solicitud denegada - puntuación insuficiente". En secretaría me dicen que
la puntuación la calcula el programa con los datos de renta y que nadie la revisa.

No estoy de acuerdo con que una decisión así la tome una máquina. Pido que una persona
revise mi solicitud y poder explicar mi situación (estoy en paro desde septiembre, algo que
el programa no tiene en cuenta).

Yolanda Herrera Vidal
""",
    R(["AutomatedDecision"], "yolanda.herreravidal@correo.example", "Yolanda", "Herrera Vidal"))

add("es-09-una-linea-antiguos",
    "pacogm72@correo.example",
    "correos",
    "no quiero recibir mas correos de la asociacion de antiguos alumnos\n",
    R(["Opposition"], "pacogm72@correo.example"))

add("es-10-reenvio-secretaria-baja",
    "Inmaculada Serrano <i.serrano@acme-corp.example>",
    "RV: baja portal familias",
    """Os reenvío este correo de una madre, creo que os corresponde a vosotros.
Inma - Secretaría

-----Mensaje original-----
De: Carmen Vázquez Romero <carmen.vazquezromero@correo.example>
Enviado el: jueves, 12 de noviembre de 2026 22:10
Para: secretaria@acme-corp.example
Asunto: baja portal familias

Buenas noches, mis hijos ya no estudian en el centro. Quiero darme de baja del portal de
familias y que eliminéis todos mis datos personales, incluida la cuenta bancaria.
Carmen Vázquez Romero
""",
    R(["Erasure"], "carmen.vazquezromero@correo.example", "Carmen", "Vázquez Romero"))

add("es-11-adjunto-exalumno",
    "Alberto Núñez <a.nunez@acme-corp.example>",
    "RV: solicitud",
    "",
    R(["Access", "Rectification"], "diego.ramosibanez@correo.example", "Diego", "Ramos Ibáñez"),
    attached=("Diego Ramos Ibáñez <diego.ramosibanez@correo.example>", "solicitud",
              """Hola,

Soy exalumno, terminé Bachillerato en 2017. Necesito saber qué datos tenéis de mí y que me
mandéis una copia de mi expediente académico (notas de la EBAU incluidas).

Además, en el expediente mi segundo apellido aparece como "Ibañez" sin tilde. Es Ibáñez.
¿Lo podéis corregir?

Diego Ramos Ibáñez
"""),
    note="Os paso esta solicitud que llegó a Jefatura de Estudios.\nAlberto")

add("es-12-abogada-cliente",
    "Pilar Gómez Ferrer <pgomez@despachogomez.example>",
    "Solicitud en nombre de D. Sergio Molina Castillo",
    """Muy Sres. míos:

Me dirijo a ustedes en nombre y representación de D. Sergio Molina Castillo, exalumno del
centro, según poder que se adjunta.

Mi representado solicita: (i) el acceso a la totalidad de los datos personales que sobre él
conserva el colegio, incluyendo informes de orientación y expedientes disciplinarios; y
(ii) una vez facilitada dicha copia, la supresión de todos aquellos datos cuya conservación
no sea obligatoria por ley.

Quedo a la espera de su respuesta en el plazo legal.

Pilar Gómez Ferrer
Abogada - Colegiada n.º 45.321
""",
    R(["Access", "Erasure"], "pgomez@despachogomez.example", "Sergio", "Molina Castillo",
      representative="Pilar Gómez Ferrer"))

add("es-13-mexicana-que-datos",
    "Guadalupe Torres Mendoza <lupita.torres@correo.example>",
    "consulta",
    """Buenas tardes, disculpe la molestia.

Nos mudamos de Guadalajara el año pasado y mis hijos entraron al colegio. ¿Me podrían hacer
favor de decirme qué datos míos tienen guardados y mandarme una copia? Es que llené muchos
formularios y ya no me acuerdo qué les di. Ah, y mi celular cambió, el nuevo es el
+34 612 345 678, por favor cámbienlo en su sistema.

Muchas gracias, que tenga buen día.
Guadalupe Torres Mendoza
""",
    R(["Access", "Rectification"], "lupita.torres@correo.example", "Guadalupe", "Torres Mendoza"))

add("es-14-enfadado-comedor-publicidad",
    "Francisco Javier Delgado Ruiz <fjdelgado@correo.example>",
    "Quejas varias",
    """A quien corresponda:

Llevo tres semanas intentando que alguien me explique por qué en el comedor le siguen dando
a mi hijo comida con lactosa cuando entregamos el informe médico en septiembre. La empresa del
comedor dice que es cosa del colegio, el colegio dice que es cosa de la empresa. Mi hijo ha
vuelto dos días a casa con dolor de tripa y nadie asume la responsabilidad.

Y como guinda, no paro de recibir publicidad de las extraescolares de pago, del campamento
de verano y de la tienda de uniformes, por correo y por WhatsApp. Dejad de mandarme
publicidad de una vez, no la he pedido nunca.

Espero una llamada de la dirección esta semana.

Francisco Javier Delgado Ruiz
""",
    R(["Opposition"], "fjdelgado@correo.example", "Francisco Javier", "Delgado Ruiz"))

add("es-15-no-borrar-quien-ve-notas",
    "Irene Blanco Soler <irene.blancosoler@correo.example>",
    "Notas de la EBAU",
    """Hola,

No os pido que borréis nada, solo quiero saber quién puede ver las notas de la EBAU y del
expediente: ¿solo los tutores y la secretaría, o también la asociación de antiguos alumnos o
las universidades con las que tenéis convenio? ¿Y cuánto tiempo las guardáis?

Gracias,
Irene Blanco Soler
""",
    R(["Information"], "irene.blancosoler@correo.example", "Irene", "Blanco Soler"))

add("es-16-desconocido-uniforme",
    "Marta Prieto <marta.prieto@correo.example>",
    "uniformes",
    """buenas, cuando abre la tienda de uniformes? necesito un chándal talla 10 y en la web no
pone horario
Marta
""",
    R(["Unknown"], "marta.prieto@correo.example", "Marta", "Prieto"))

add("es-17-html-acceso-oposicion-whatsapp",
    "Nerea Alonso Ugarte <nerea.alonso@correo.example>",
    "Mis datos y los WhatsApp",
    html("Hola:",
         "Quiero saber <b>todo lo que tenéis de mí</b> en vuestros sistemas y que me lo mandéis.",
         "Y además, dejad de usar mi número de móvil para mandarme mensajes de WhatsApp con "
         "ofertas de campamentos y actividades. No lo autorizo.",
         "Nerea Alonso Ugarte"),
    R(["Access", "Opposition"], "nerea.alonso@correo.example", "Nerea", "Alonso Ugarte"), ct=HTML)

add("es-18-hija-fallecido",
    "Elena Castillo Ruiz <elena.castilloruiz@correo.example>",
    "Mi padre, Ramón Castillo Peña (fallecido)",
    """Buenos días:

Mi padre, Ramón Castillo Peña, antiguo alumno del colegio (promoción 1975), falleció en
junio. Sigue recibiendo la revista de la asociación y la felicitación de cumpleaños por
correo electrónico, lo que resulta muy doloroso para mi madre.

Como hija y heredera, les pido que eliminen sus datos de la base de datos de antiguos
alumnos. Puedo aportar el certificado de defunción y el libro de familia.

Atentamente,
Elena Castillo Ruiz
""",
    R(["Erasure"], "elena.castilloruiz@correo.example", "Ramón", "Castillo Peña",
      representative="Elena Castillo Ruiz"))

# --- tareas
add("es-19-tarea-contrato-fotografo",
    "Rafael Ortega <r.ortega@acme-corp.example>",
    "Contrato de encargado - fotógrafo orlas",
    """Hola,

El estudio de fotografía que hace las orlas y las fotos de grupo nos envía su contrato de
encargado del tratamiento. ¿Podéis revisarlo antes del viernes? Recibirán nombres, cursos y
fotos de unos 1.200 alumnos.

Rafael Ortega
Administración
""",
    TASK("r.ortega@acme-corp.example", "Rafael", "Ortega"))

add("es-20-tarea-eipd-reconocimiento-facial",
    "Cristina Navarro <c.navarro@acme-corp.example>",
    "EIPD - acceso al comedor con reconocimiento facial",
    """Buenos días,

La empresa del comedor propone un sistema de reconocimiento facial para controlar quién come
cada día. Antes de decidir nada, ¿podéis hacer la evaluación de impacto en protección de
datos? Os paso la documentación técnica que nos han mandado.

Cristina Navarro
Directora de Servicios Generales
""",
    TASK("c.navarro@acme-corp.example", "Cristina", "Navarro"))

add("es-21-tarea-cuestionario-proveedor",
    "Pablo Medina <p.medina@acme-corp.example>",
    "Cuestionario de seguridad de la plataforma de exámenes",
    """Hola equipo,

La plataforma de exámenes online nos pide rellenar su cuestionario de proveedor (medidas
de seguridad, subencargados, transferencias internacionales). ¿Os encargáis vosotros?

Pablo
Coordinación TIC
""",
    TASK("p.medina@acme-corp.example", "Pablo", "Medina"))

# --- incidentes
add("es-22-incidente-cc-abierto",
    "Laura Gil <l.gil@acme-corp.example>",
    "Correo con notas enviado con todos en copia",
    """Hola,

Esta tarde he enviado a las familias de 2.º ESO B el aviso de las notas de la primera
evaluación poniendo todas las direcciones en "Para" en lugar de CCO, y además adjunté por
error el Excel con las notas de toda la clase. Son 29 familias. Ya me han escrito dos padres
quejándose.

Laura Gil
Tutora 2.º ESO B
""",
    INC("l.gil@acme-corp.example", "Laura", "Gil"))

add("es-23-incidente-externo-factura",
    "Manuel Rubio <manuel.rubio@correo.example>",
    "He recibido el recibo de otra familia",
    """Buenas,

Me ha llegado por correo el recibo del comedor de noviembre de otra familia (apellidos
Pérez Lozano), con el IBAN completo y el nombre de los dos niños. Nosotros no tenemos nada
que ver con esa familia. Os lo comunico para que lo solucionéis.

Manuel Rubio
""",
    INC("manuel.rubio@correo.example", "Manuel", "Rubio"))

add("es-24-incidente-movil-londres",
    "Sara Domínguez <s.dominguez@acme-corp.example>",
    "Pérdida del móvil del viaje a Londres",
    """Hola,

Durante el viaje a Londres he perdido el móvil del colegio en el metro. Tenía el grupo de
WhatsApp con las familias, la lista de alumnos con pasaportes escaneados y los teléfonos de
emergencia. Tenía patrón de desbloqueo, nada más.

Sara Domínguez
Profesora de Inglés
""",
    INC("s.dominguez@acme-corp.example", "Sara", "Domínguez"))

# --- seguimientos
add("es-25-seguimiento-dsr",
    "Antonio Cabrera León <antonio.cabrera@correo.example>",
    "RE: [DSR-61290] Hemos recibido su solicitud",
    """Buenos días,

Ha pasado más de un mes desde su acuse de recibo y sigo sin noticias. ¿Me pueden indicar
cuándo recibiré la respuesta?

Antonio Cabrera León
""",
    FU("61290", "antonio.cabrera@correo.example", "Antonio", "Cabrera León"))

add("es-26-seguimiento-acceso",
    "María del Carmen Ruiz Ortega <mcarmen.ruizortega@correo.example>",
    "RE: Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Buenas tardes,

Adjunto copia de mi DNI por si la necesitan para tramitar la solicitud que les envié.

Un saludo,
María del Carmen Ruiz Ortega
""",
    FU(ref("es-01-acceso-formal"), "mcarmen.ruizortega@correo.example", "María del Carmen", "Ruiz Ortega"),
    headers=irt("es-01-acceso-formal"))

# --- ignorados
add("es-27-spam-lopd",
    "Consultoría LOPD <info@adaptacion-lopd-urgente.example>",
    "AVISO: su centro educativo debe adaptarse a la LOPDGDD",
    """Estimado director:

La Agencia Española de Protección de Datos está intensificando las inspecciones en centros
educativos. Evite sanciones de hasta 20 millones de euros con nuestra adaptación express
por solo 199 euros. Incluye formularios de supresión de datos para familias.

Contrate ahora: http://adaptacion-lopd-urgente.example
""",
    IGN("spam", "info@adaptacion-lopd-urgente.example"), headers=SPAM_HDR)

add("es-28-boletin-editorial",
    "Editorial Aula Viva <boletin@aulaviva.example>",
    "Boletín de noviembre: novedades para Secundaria",
    """Boletín Aula Viva - noviembre

- Nuevos libros digitales de Matemáticas para la ESO
- Jornada online: protección de datos en el aula
- Sorteo de 10 tabletas entre los centros suscritos

Para darse de baja: https://aulaviva.example/baja
""",
    IGN("bulk", "boletin@aulaviva.example"),
    headers=["List-Id: Boletin Aula Viva <boletin.aulaviva.example>",
             "List-Unsubscribe: <https://aulaviva.example/baja>",
             "Precedence: bulk"])

add("es-29-respuesta-automatica",
    "Jorge Ibarra <jorge.ibarra@empresa.example>",
    "Respuesta automática: Su solicitud",
    """Estoy fuera de la oficina hasta el 1 de diciembre. Para asuntos urgentes, contacte con
recepcion@empresa.example.

Jorge Ibarra
""",
    IGN("auto_reply", "jorge.ibarra@empresa.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-30-spam-premio",
    "Departamento de Premios <premios@loteria-internacional.example>",
    "¡Enhorabuena! Su dirección ha ganado 850.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada en nuestro sorteo internacional. Para cobrar el
premio envíe su nombre completo, DNI, número de cuenta y una tasa de gestión de 95 euros.
Sus datos personales serán tratados con total confidencialidad.

Departamento de Premios
""",
    IGN("spam", "premios@loteria-internacional.example"),
    headers=SPAM_HDR + [AUTH(spf="fail", dkim="none", dmarc="fail", dom="loteria-internacional.example")])
